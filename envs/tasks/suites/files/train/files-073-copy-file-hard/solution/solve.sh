#!/usr/bin/env bash
mkdir -p /workspace/assets/delta && cp /workspace/olive.txt /workspace/assets/delta/mango.txt
