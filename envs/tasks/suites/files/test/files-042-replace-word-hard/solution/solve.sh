#!/usr/bin/env bash
sed -i 's/walnut/nectar/g' /workspace/apple.txt /workspace/saddle.txt
