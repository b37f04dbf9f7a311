#!/usr/bin/env bash
cp /workspace/frost.txt /workspace/docs/velvet.txt
