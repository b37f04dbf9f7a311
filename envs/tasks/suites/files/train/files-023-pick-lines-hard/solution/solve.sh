#!/usr/bin/env bash
sed -n '6,15p' /workspace/mango.txt > /workspace/walnut.txt
