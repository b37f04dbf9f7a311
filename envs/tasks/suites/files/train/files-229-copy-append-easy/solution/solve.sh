#!/usr/bin/env bash
cp /workspace/pearl.txt /workspace/mango.txt && printf '%s\n' 'coral 805' >> /workspace/mango.txt
