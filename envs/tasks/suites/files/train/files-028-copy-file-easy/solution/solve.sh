#!/usr/bin/env bash
cp /workspace/frost.txt /workspace/velvet.txt
