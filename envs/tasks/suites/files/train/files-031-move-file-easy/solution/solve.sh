#!/usr/bin/env bash
mv /workspace/meadow.txt /workspace/archive/
