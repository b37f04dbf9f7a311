#!/usr/bin/env bash
mkdir -p /workspace/old/brick && mv /workspace/meadow.txt /workspace/old/brick/
