#!/usr/bin/env bash
mv /workspace/brick.txt /workspace/lemon.txt
