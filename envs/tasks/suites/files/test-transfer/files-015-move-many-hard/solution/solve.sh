#!/usr/bin/env bash
mkdir -p /workspace/docs/amber && mv /workspace/olive.txt /workspace/kettle.txt /workspace/harbor.txt /workspace/cedar.txt /workspace/pearl.txt /workspace/docs/amber/
