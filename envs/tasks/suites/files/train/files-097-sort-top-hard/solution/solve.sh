#!/usr/bin/env bash
sort /workspace/sunny.txt | head -n 5 > /workspace/lantern.txt
