#!/usr/bin/env bash
rm /workspace/meadow.txt /workspace/lantern.txt /workspace/stone.txt
