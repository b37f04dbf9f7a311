#!/usr/bin/env bash
rm /workspace/stone.txt
