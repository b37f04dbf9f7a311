#!/usr/bin/env bash
mkdir -p /workspace/src/walnut && mv /workspace/saddle.txt /workspace/kettle.txt /workspace/cobalt.txt /workspace/velvet.txt /workspace/maple.txt /workspace/src/walnut/
