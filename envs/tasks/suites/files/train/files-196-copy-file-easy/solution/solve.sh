#!/usr/bin/env bash
cp /workspace/stone.txt /workspace/jasper.txt
