#!/usr/bin/env bash
rm /workspace/sunny.txt /workspace/apple.txt
