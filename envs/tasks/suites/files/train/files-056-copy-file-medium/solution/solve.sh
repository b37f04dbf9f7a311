#!/usr/bin/env bash
cp /workspace/harbor.txt /workspace/data/river.txt
