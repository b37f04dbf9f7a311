#!/usr/bin/env bash
rm /workspace/lemon.txt /workspace/walnut.txt /workspace/cobalt.txt
