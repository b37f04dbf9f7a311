#!/usr/bin/env bash
sed -n '3,12p' /workspace/jasper.txt > /workspace/stone.txt
