#!/usr/bin/env bash
mkdir -p /workspace/logs/cloud && mv /workspace/coral.txt /workspace/logs/cloud/
