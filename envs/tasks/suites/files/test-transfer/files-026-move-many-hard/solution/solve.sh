#!/usr/bin/env bash
mkdir -p /workspace/old/nectar && mv /workspace/mango.txt /workspace/pearl.txt /workspace/island.txt /workspace/cloud.txt /workspace/old/nectar/
