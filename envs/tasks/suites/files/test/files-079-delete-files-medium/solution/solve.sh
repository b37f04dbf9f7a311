#!/usr/bin/env bash
rm /workspace/sunny.txt /workspace/river.txt
