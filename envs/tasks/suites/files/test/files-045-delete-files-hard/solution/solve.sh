#!/usr/bin/env bash
rm -r /workspace/data /workspace/sunny.txt
