#!/usr/bin/env bash
rm /workspace/olive.txt
