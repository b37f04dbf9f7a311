#!/usr/bin/env bash
mkdir -p /workspace/docs && mv /workspace/frost.txt /workspace/nectar.txt /workspace/docs/
