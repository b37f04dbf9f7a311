#!/usr/bin/env bash
mkdir -p /workspace/old/mango && mv /workspace/harbor.txt /workspace/old/mango/
