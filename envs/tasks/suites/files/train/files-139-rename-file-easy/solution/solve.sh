#!/usr/bin/env bash
mv /workspace/orchid.txt /workspace/stone.txt
