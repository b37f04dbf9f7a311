#!/usr/bin/env bash
mkdir -p /workspace/docs/apple && mv /workspace/island.txt /workspace/docs/apple/
