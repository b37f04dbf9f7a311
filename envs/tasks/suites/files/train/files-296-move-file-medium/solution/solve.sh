#!/usr/bin/env bash
mkdir -p /workspace/docs && mv /workspace/saddle.txt /workspace/docs/
