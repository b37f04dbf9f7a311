#!/usr/bin/env bash
mkdir -p /workspace/src && mv /workspace/lotus.txt /workspace/src/
