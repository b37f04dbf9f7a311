#!/usr/bin/env bash
mv /workspace/apple.txt /workspace/data/
