#!/usr/bin/env bash
sed -n '36,39p' /workspace/apple.txt > /workspace/raven.txt
