#!/usr/bin/env bash
cp /workspace/island.txt /workspace/lemon.txt
