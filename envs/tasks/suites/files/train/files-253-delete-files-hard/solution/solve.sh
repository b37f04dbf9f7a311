#!/usr/bin/env bash
rm -r /workspace/archive /workspace/harbor.txt
