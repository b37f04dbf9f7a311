#!/usr/bin/env bash
sed -n '7,16p' /workspace/saddle.txt > /workspace/olive.txt
