#!/usr/bin/env bash
cp /workspace/meadow.txt /workspace/maple.txt
