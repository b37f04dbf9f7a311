#!/usr/bin/env bash
rm -r /workspace/docs /workspace/sunny.txt
