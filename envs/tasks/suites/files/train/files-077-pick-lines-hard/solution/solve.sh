#!/usr/bin/env bash
sed -n '10,18p' /workspace/lemon.txt > /workspace/mango.txt
