#!/usr/bin/env bash
sed -n '8,11p' /workspace/sunny.txt > /workspace/raven.txt
