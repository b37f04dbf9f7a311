#!/usr/bin/env bash
mkdir -p /workspace/assets && mv /workspace/mango.txt /workspace/assets/
