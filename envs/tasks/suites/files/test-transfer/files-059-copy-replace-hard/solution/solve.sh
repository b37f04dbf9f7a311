#!/usr/bin/env bash
cp /workspace/stone.txt /workspace/delta.txt && sed -i 's/frost/nectar/g' /workspace/delta.txt
