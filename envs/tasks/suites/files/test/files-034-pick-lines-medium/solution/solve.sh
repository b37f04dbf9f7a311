#!/usr/bin/env bash
tail -n 8 /workspace/lemon.txt > /workspace/garnet.txt
