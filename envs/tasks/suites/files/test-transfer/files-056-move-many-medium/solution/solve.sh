#!/usr/bin/env bash
mkdir -p /workspace/assets && mv /workspace/pepper.txt /workspace/nectar.txt /workspace/pearl.txt /workspace/assets/
