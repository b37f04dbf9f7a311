#!/usr/bin/env bash
mkdir -p /workspace/data && mv /workspace/walnut.txt /workspace/data/
