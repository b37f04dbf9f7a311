#!/usr/bin/env bash
mkdir -p /workspace/data && mv /workspace/nectar.txt /workspace/cloud.txt /workspace/data/
