#!/usr/bin/env bash
mkdir -p /workspace/old/harbor && cp /workspace/walnut.txt /workspace/old/harbor/nectar.txt
