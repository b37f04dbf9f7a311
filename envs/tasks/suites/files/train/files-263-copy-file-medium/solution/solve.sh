#!/usr/bin/env bash
cp /workspace/stone.txt /workspace/data/meadow.txt
