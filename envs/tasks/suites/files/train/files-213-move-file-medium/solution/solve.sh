#!/usr/bin/env bash
mkdir -p /workspace/docs && mv /workspace/velvet.txt /workspace/docs/
