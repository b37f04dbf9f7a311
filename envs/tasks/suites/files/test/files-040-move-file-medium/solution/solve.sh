#!/usr/bin/env bash
mkdir -p /workspace/archive && mv /workspace/garnet.txt /workspace/archive/
