#!/usr/bin/env bash
tail -n 8 /workspace/coral.txt > /workspace/stone.txt
