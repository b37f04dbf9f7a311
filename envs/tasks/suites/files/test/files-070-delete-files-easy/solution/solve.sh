#!/usr/bin/env bash
rm /workspace/lemon.txt
