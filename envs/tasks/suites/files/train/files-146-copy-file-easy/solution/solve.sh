#!/usr/bin/env bash
cp /workspace/apple.txt /workspace/mango.txt
