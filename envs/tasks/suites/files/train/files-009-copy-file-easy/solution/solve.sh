#!/usr/bin/env bash
cp /workspace/stone.txt /workspace/orchid.txt
